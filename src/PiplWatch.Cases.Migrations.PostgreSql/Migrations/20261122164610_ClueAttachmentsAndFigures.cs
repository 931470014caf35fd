using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace PiplWatch.Cases.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class ClueAttachmentsAndFigures : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "IllegalGains",
                table: "clues",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: false,
                defaultValue: 0m);

            migrationBuilder.AddColumn<bool>(
                name: "Insider",
                table: "clues",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "ItemsImportant",
                table: "clues",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ItemsOther",
                table: "clues",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "ItemsSensitive",
                table: "clues",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateTable(
                name: "clue_attachments",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClueId = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "text", nullable: false),
                    FileName = table.Column<string>(type: "text", nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clue_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_clue_attachments_clues_ClueId",
                        column: x => x.ClueId,
                        principalTable: "clues",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_clue_attachments_ClueId",
                table: "clue_attachments",
                column: "ClueId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "clue_attachments");

            migrationBuilder.DropColumn(
                name: "IllegalGains",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "Insider",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "ItemsImportant",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "ItemsOther",
                table: "clues");

            migrationBuilder.DropColumn(
                name: "ItemsSensitive",
                table: "clues");
        }
    }
}
