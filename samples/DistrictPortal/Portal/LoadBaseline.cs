namespace DistrictPortal.Portal;

/// <summary>
/// The limit the load script (<c>eng/load.sh</c>) measures the portal's pages against: an endpoint of the same app that
/// answers precomputed bytes of a given size, with no database, no model and no view. Mapped only when the setting
/// <c>Portal:LoadBaseline</c> is <c>true</c>; a portal in service never has it.
/// </summary>
public static class LoadBaseline
{
    /// <summary>The largest answer the endpoint gives, in bytes.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>Maps <c>GET /load-baseline/{bytes}</c> when <c>Portal:LoadBaseline</c> is set.</summary>
    public static void MapLoadBaseline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!app.Configuration.GetValue<bool>("Portal:LoadBaseline"))
        {
            return;
        }

        // One block of HTML-like bytes, sliced per size: the answer costs a copy, never a computation.
        byte[] block = new byte[MaxBytes];
        Array.Fill(block, (byte)'x');
        app.MapGet("/load-baseline/{bytes:int:range(0,4194304)}", (int bytes) => Results.Bytes(block.AsMemory(0, bytes), "text/html; charset=utf-8"));
    }
}
