using System;
using System.IO;
using System.Linq;
using System.Text;
using Gwanak.Innovation.Primitives.Registry;

namespace Gwanak.Innovation.Tests.Primitives.Registry;

public sealed class NamedCodeGenerationTests
{
    private static string Folder => Path.Combine(RuleCatalogTests.RepositoryRoot(), "src", "Gwanak.Innovation", "Primitives", "Registry");

    [Fact]
    public void The_named_codes_are_generated_from_districts_tsv()
    {
        using var reader = new StreamReader(Path.Combine(Folder, "districts.tsv"));
        var expected = NamedCodeGenerator.Files(DistrictTable.Read(reader));
        var present = Directory.GetFiles(Folder, "AdministrativeDistrictCode.*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText);
        if (Environment.GetEnvironmentVariable("GWANAK_WRITE_DOCS") == "1")
        {
            foreach (string stale in present.Keys.Except(expected.Keys))
            {
                File.Delete(Path.Combine(Folder, stale));
            }

            foreach (var (name, text) in expected)
            {
                File.WriteAllText(Path.Combine(Folder, name), text, new UTF8Encoding(false));
            }

            present = expected.ToDictionary(p => p.Key, p => p.Value);
        }

        Assert.True(
            expected.Count == present.Count && expected.All(p => present.TryGetValue(p.Key, out string? text) && text == p.Value),
            "The named codes differ from districts.tsv: run `GWANAK_WRITE_DOCS=1 dotnet test --project tests/Gwanak.Innovation.Tests` to regenerate src/Gwanak.Innovation/Primitives/Registry/AdministrativeDistrictCode.*.cs, then review the diff.");
    }

    [Fact]
    public void The_embedded_table_is_the_repository_file()
    {
        using var embedded = new StreamReader(typeof(Gwanak.Innovation.Primitives.AdministrativeDistrictRegistry).Assembly.GetManifestResourceStream(BuiltinDistricts.ResourceName)!);
        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "districts.tsv")), embedded.ReadToEnd());
    }
}
