using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gwanak.Innovation.EntityFrameworkCore.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class EventsAndRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "events",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Stream = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Type = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_events", x => new { x.District, x.Stream, x.Version });
                });

            migrationBuilder.CreateTable(
                name: "records",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Id = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_records", x => new { x.District, x.Kind, x.Id });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "events");

            migrationBuilder.DropTable(
                name: "records");
        }
    }
}
