using PiplWatch.Web.Pages.Clues;

namespace PiplWatch.Web.Tests;

public sealed class EvidenceTablesTests
{
    [Fact]
    public void From_RowsOfTwoKinds_OneTablePerKindWithEveryColumn()
    {
        var tables = EvidenceTables.From("""
            [{"record":"company","uscc":"X","status":"revoked"},
             {"record":"posting","posting_id":"P1","title":"普工"},
             {"record":"posting","posting_id":"P2","title":"司机","contact_phone":"138****0000"},
             {"record":"posting","posting_id":"P3","title":null}]
            """);

        Assert.Equal(["company", "posting"], tables.Select(t => t.Record));
        Assert.Equal(["uscc", "status"], tables[0].Columns);
        Assert.Equal(["posting_id", "title", "contact_phone"], tables[1].Columns);
        Assert.Equal(["P1", "普工", ""], tables[1].Rows[0]);
        Assert.Equal(["P2", "司机", "138****0000"], tables[1].Rows[1]);
        Assert.Equal(["P3", "", ""], tables[1].Rows[2]);
    }

    [Fact]
    public void From_RowsWithoutARecordField_GroupedByTheirFields()
    {
        var tables = EvidenceTables.From("""[{"ip":"10.0.0.1","accounts":12},{"ip":"10.0.0.2","accounts":15},{"id_number":"360203********1234"}]""");

        Assert.Equal(2, tables.Count);
        Assert.Null(tables[0].Record);
        Assert.Equal(["10.0.0.2", "15"], tables[0].Rows[1]);
        Assert.Empty(EvidenceTables.From("{}"));
    }
}
