namespace Gwanak.Innovation.Primitives;

/// <summary>The level of a Korean administrative district code, from the widest to the narrowest.</summary>
public enum AdministrativeLevel
{
    /// <summary>A metropolitan city, special city or province (시·도), such as Seoul (11).</summary>
    CityOrProvince = 1,

    /// <summary>A city, county or autonomous district (시·군·구), such as Gwanak-gu (11620).</summary>
    District = 2,

    /// <summary>A legal town or neighbourhood (읍·면·동), such as Bongcheon-dong (1162010100).</summary>
    Dong = 3,

    /// <summary>A village (리) within an eup or myeon.</summary>
    Ri = 4,
}
