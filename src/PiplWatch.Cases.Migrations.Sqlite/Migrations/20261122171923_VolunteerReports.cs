using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace PiplWatch.Cases.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class VolunteerReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ReportedBy",
                table: "clues",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TrackingCode",
                table: "clues",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_clues_ReportedBy",
                table: "clues",
                column: "ReportedBy");

            migrationBuilder.CreateIndex(
                name: "IX_clues_TrackingCode",
                table: "clues",
                column: "TrackingCode",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_clues_ReportedBy",
                table: "clues");

            migrationBuilder.DropIndex(
                name: "IX_clues_TrackingCode",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "ReportedBy",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "TrackingCode",
                table: "clues");
        }
    }
}
