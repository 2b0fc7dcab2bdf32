using DistrictPortal.Api;
using DistrictPortal.Portal;

namespace DistrictPortal.Pages.OpenData;

/// <summary>The open data the portal publishes, the calendar feed and the API, with links.</summary>
public sealed class IndexModel(PortalDistrict district) : DistrictPage(district)
{
    /// <summary>The registers published as CSV.</summary>
    public static IReadOnlyList<string> Registers => OpenDataController.Registers;

    public void OnGet()
    {
    }
}
