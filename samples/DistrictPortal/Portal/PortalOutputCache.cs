using System.Globalization;
using Microsoft.AspNetCore.OutputCaching;

namespace DistrictPortal.Portal;

/// <summary>
/// The public pages, the API, the feed and the open data are answered from memory once rendered: every address names its
/// day (or means today), so a page is the same for every visitor in one language on one day. A cached answer is keyed by
/// its whole address, the request's language and the district's today; it lives as long as a district snapshot
/// (<see cref="DistrictSnapshots.Lifetime"/>), and a write on this node evicts every one (<see cref="DistrictSnapshots.InvalidateAsync"/>).
/// Signed-in officers, whose pages carry forms, are never answered from the cache (ASP.NET Core's default policy caches
/// neither authenticated requests nor answers that set a cookie), nor is the sign-in page, whose form carries a token.
/// </summary>
public static class PortalOutputCache
{
    /// <summary>Adds the output cache with the portal's policy.</summary>
    public static IServiceCollection AddPortalOutputCache(this IServiceCollection services)
        => services.AddOutputCache(options =>
        {
            options.AddBasePolicy(policy => policy
            .With(context => !context.HttpContext.Request.Path.StartsWithSegments("/sign-in", StringComparison.OrdinalIgnoreCase)
                && !context.HttpContext.Request.Path.StartsWithSegments("/load-baseline", StringComparison.OrdinalIgnoreCase))
            .Expire(DistrictSnapshots.Lifetime)
            .Tag(DistrictSnapshots.PagesTag)
            .VaryByValue(context => new KeyValuePair<string, string>("culture", CultureInfo.CurrentUICulture.Name))
            .VaryByValue(context => new KeyValuePair<string, string>("today", context.RequestServices.GetRequiredService<PortalDistrict>().Today.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture))));
            options.AddBasePolicy(new TempDataDeletionIsNoCookie());
        });

    /// <summary>
    /// The pages with officers' forms keep what was recorded in TempData, and MVC answers every visit of them with a cookie
    /// that deletes an empty TempData cookie; the default policy stores no answer that sets a cookie. An answer whose only
    /// cookie is that deletion is the same for every visitor: it is stored.
    /// </summary>
    private sealed class TempDataDeletionIsNoCookie : IOutputCachePolicy
    {
        private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider=;";

        public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
        {
            var response = context.HttpContext.Response;
            if (context.EnableOutputCaching && response.StatusCode == StatusCodes.Status200OK && response.Headers.SetCookie.Count > 0
                && response.Headers.SetCookie.All(cookie => cookie is not null && cookie.StartsWith(TempDataCookie, StringComparison.Ordinal) && cookie.Contains("1970", StringComparison.Ordinal)))
            {
                context.AllowCacheStorage = true;
            }

            return ValueTask.CompletedTask;
        }
    }
}
