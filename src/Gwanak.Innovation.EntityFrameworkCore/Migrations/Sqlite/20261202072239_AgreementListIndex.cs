using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gwanak.Innovation.EntityFrameworkCore.Migrations.Sqlite
{
    /// <inheritdoc />
    internal partial class AgreementListIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_agreement_summaries_District_EffectiveDate_Id_DraftedOn",
                table: "agreement_summaries",
                columns: new[] { "District", "EffectiveDate", "Id", "DraftedOn" },
                descending: new[] { false, true, false, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_agreement_summaries_District_EffectiveDate_Id_DraftedOn",
                table: "agreement_summaries");
        }
    }
}
