using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gwanak.Innovation.EntityFrameworkCore.Migrations.Postgres
{
    /// <inheritdoc />
    internal partial class ReadModels : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "agreement_summaries",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PurposeKorean = table.Column<string>(type: "text", nullable: false),
                    PurposeEnglish = table.Column<string>(type: "text", nullable: false),
                    DraftedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveDate = table.Column<DateOnly>(type: "date", nullable: true),
                    UnderNegotiationFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    SignedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    InForceFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    EndedFrom = table.Column<DateOnly>(type: "date", nullable: true),
                    EndStatus = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    LastEventOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    RenewalOrigin = table.Column<DateOnly>(type: "date", nullable: true),
                    RenewalTermMonths = table.Column<int>(type: "integer", nullable: true),
                    RenewalTermDays = table.Column<int>(type: "integer", nullable: true),
                    RenewalMonths = table.Column<int>(type: "integer", nullable: true),
                    RenewalDays = table.Column<int>(type: "integer", nullable: true),
                    NoticeMonths = table.Column<int>(type: "integer", nullable: true),
                    NoticeDays = table.Column<int>(type: "integer", nullable: true),
                    NoticeCounting = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_summaries", x => new { x.District, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "facility_summaries",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameKorean = table.Column<string>(type: "text", nullable: false),
                    NameEnglish = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Operator = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Location = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    InsideZone = table.Column<bool>(type: "boolean", nullable: false),
                    Capacity = table.Column<int>(type: "integer", nullable: false),
                    OpenedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facility_summaries", x => new { x.District, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "fund_summaries",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameKorean = table.Column<string>(type: "text", nullable: false),
                    NameEnglish = table.Column<string>(type: "text", nullable: false),
                    Manager = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    TargetAmount = table.Column<decimal>(type: "numeric", nullable: false),
                    Currency = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    TermLastDay = table.Column<DateOnly>(type: "date", nullable: false),
                    InvestmentPeriodLastDay = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_summaries", x => new { x.District, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "organization_summaries",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NameKorean = table.Column<string>(type: "text", nullable: false),
                    NameEnglish = table.Column<string>(type: "text", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Sector = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Location = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_organization_summaries", x => new { x.District, x.Id });
                });

            migrationBuilder.CreateTable(
                name: "agreement_parties",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Agreement = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Party = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_agreement_parties", x => new { x.District, x.Agreement, x.Party });
                    table.ForeignKey(
                        name: "FK_agreement_parties_agreement_summaries_District_Agreement",
                        columns: x => new { x.District, x.Agreement },
                        principalTable: "agreement_summaries",
                        principalColumns: new[] { "District", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "facility_tenancies",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Facility = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Tenant = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    FirstDay = table.Column<DateOnly>(type: "date", nullable: false),
                    LastDay = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_facility_tenancies", x => new { x.District, x.Facility, x.Position });
                    table.ForeignKey(
                        name: "FK_facility_tenancies_facility_summaries_District_Facility",
                        columns: x => new { x.District, x.Facility },
                        principalTable: "facility_summaries",
                        principalColumns: new[] { "District", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "fund_movements",
                columns: table => new
                {
                    District = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Fund = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Counterpart = table.Column<string>(type: "character varying(140)", maxLength: 140, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric", nullable: false),
                    Proceeds = table.Column<decimal>(type: "numeric", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fund_movements", x => new { x.District, x.Fund, x.Position });
                    table.ForeignKey(
                        name: "FK_fund_movements_fund_summaries_District_Fund",
                        columns: x => new { x.District, x.Fund },
                        principalTable: "fund_summaries",
                        principalColumns: new[] { "District", "Id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_agreement_parties_District_Party",
                table: "agreement_parties",
                columns: new[] { "District", "Party" });

            migrationBuilder.CreateIndex(
                name: "IX_agreement_summaries_District_Kind",
                table: "agreement_summaries",
                columns: new[] { "District", "Kind" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "agreement_parties");

            migrationBuilder.DropTable(
                name: "facility_tenancies");

            migrationBuilder.DropTable(
                name: "fund_movements");

            migrationBuilder.DropTable(
                name: "organization_summaries");

            migrationBuilder.DropTable(
                name: "agreement_summaries");

            migrationBuilder.DropTable(
                name: "facility_summaries");

            migrationBuilder.DropTable(
                name: "fund_summaries");
        }
    }
}
