namespace Gwanak.Innovation.Ecosystem;

/// <summary>The three kinds of assets of an innovation district in the Brookings framework.</summary>
/// <remarks>Source: Bruce Katz and Julie Wagner, "The Rise of Innovation Districts", Brookings Institution, 2014.</remarks>
public enum InnovationAssetCategory
{
    /// <summary>Economic assets: the firms, institutions and organisations that drive innovation (research universities, companies, startups), cultivate it (incubators, accelerators, shared working spaces) or support it (neighbourhood amenities).</summary>
    Economic,

    /// <summary>Physical assets: the public and private spaces — buildings, open spaces, streets and other infrastructure — designed and organised to stimulate connectivity, collaboration and innovation.</summary>
    Physical,

    /// <summary>Networking assets: the relationships between actors that generate, sharpen and accelerate ideas.</summary>
    Networking,
}
