namespace Gwanak.Innovation.Ecosystem;

/// <summary>The three kinds of assets of an innovation district in the Brookings framework.</summary>
/// <remarks>Source: Bruce Katz and Julie Wagner, "The Rise of Innovation Districts", Brookings Institution, 2014.</remarks>
public enum InnovationAssetCategory
{
    /// <summary>Economic assets: the firms, institutions and organisations that drive, cultivate or support innovation (and the talent they draw on).</summary>
    Economic,

    /// <summary>Physical assets: the public and private spaces — buildings, open spaces, streets — designed to stimulate connectivity and innovation.</summary>
    Physical,

    /// <summary>Networking assets: the relationships between actors that generate, sharpen and accelerate ideas.</summary>
    Networking,
}
