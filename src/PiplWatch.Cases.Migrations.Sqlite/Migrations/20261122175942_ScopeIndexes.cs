using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiplWatch.Cases.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class ScopeIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_clues_ProcuratorateRegion_Status",
                table: "clues",
                columns: new[] { "ProcuratorateRegion", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_ProcuratorateRegion_Stage",
                table: "cases",
                columns: new[] { "ProcuratorateRegion", "Stage" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clues_ProcuratorateRegion_Status",
                table: "clues");

            migrationBuilder.DropIndex(
                name: "IX_cases_ProcuratorateRegion_Stage",
                table: "cases");
        }
    }
}
