using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DistrictPortal.Portal;

/// <summary>
/// An officer's account, from configuration (<c>Officers</c>: <c>UserName</c>, <c>DisplayName</c>, <c>PasswordHash</c>): the
/// password is kept only as ASP.NET Core Identity's hash (PBKDF2 with a salt, <see cref="PasswordHasher{TUser}"/>), made with
/// <c>dotnet run --project samples/DistrictPortal -- hash-password</c>.
/// </summary>
public sealed class OfficerAccount
{
    /// <summary>The name the officer signs in with.</summary>
    public string UserName { get; set; } = string.Empty;

    /// <summary>The name the portal shows the officer.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The password's hash.</summary>
    public string PasswordHash { get; set; } = string.Empty;
}

/// <summary>The officers who may record changes, and how they sign in.</summary>
public sealed class Officers
{
    /// <summary>The role of a signed-in officer.</summary>
    public const string Role = "officer";

    /// <summary>The password of the demo officer shipped in <c>appsettings.json</c> (README: change it before production).</summary>
    public const string DemoPassword = "gwanak-s-valley-demo";

    private static readonly PasswordHasher<OfficerAccount> Hasher = new();

    private readonly Dictionary<string, OfficerAccount> accounts;

    // Verified when the user name is unknown, so that a wrong name takes as long as a wrong password.
    private readonly string decoy = Hash(Guid.NewGuid().ToString("N"));

    /// <summary>The accounts, checked: each has a user name (once) and a hash made by <see cref="Hash"/>.</summary>
    public Officers(IEnumerable<OfficerAccount> accounts)
    {
        ArgumentNullException.ThrowIfNull(accounts);
        this.accounts = new Dictionary<string, OfficerAccount>(StringComparer.OrdinalIgnoreCase);
        foreach (var account in accounts)
        {
            if (string.IsNullOrWhiteSpace(account.UserName))
            {
                throw new InvalidOperationException("An entry of the Officers configuration has no UserName.");
            }

            if (!IsHash(account.PasswordHash))
            {
                throw new InvalidOperationException($"The officer '{account.UserName}' has no PasswordHash made by 'dotnet run --project samples/DistrictPortal -- hash-password' (plain passwords are not accepted).");
            }

            if (!this.accounts.TryAdd(account.UserName.Trim(), account))
            {
                throw new InvalidOperationException($"The Officers configuration names '{account.UserName}' twice.");
            }
        }
    }

    /// <summary>The number of accounts.</summary>
    public int Count => accounts.Count;

    /// <summary>True when a user is a signed-in officer.</summary>
    public static bool IsOfficer(ClaimsPrincipal user) => user?.IsInRole(Role) == true;

    /// <summary>A password's hash, for the configuration.</summary>
    public static string Hash(string password) => Hasher.HashPassword(new OfficerAccount(), password);

    /// <summary>True when a hash is one made by <see cref="Hash"/> for this password.</summary>
    public static bool Verifies(string hash, string password)
        => Hasher.VerifyHashedPassword(new OfficerAccount(), hash, password) != PasswordVerificationResult.Failed;

    /// <summary>The account a user name and password sign in to, or null; unknown names and wrong passwords alike.</summary>
    public OfficerAccount? SignIn(string? userName, string? password)
    {
        var account = userName is null ? null : accounts.GetValueOrDefault(userName.Trim());
        bool verified = Verifies(account?.PasswordHash ?? decoy, password ?? string.Empty);
        return account is not null && verified ? account : null;
    }

    /// <summary>The accounts whose password is still the demo password.</summary>
    public IEnumerable<string> StillOnDemoPassword() => accounts.Values.Where(a => Verifies(a.PasswordHash, DemoPassword)).Select(a => a.UserName);

    /// <summary>The signed-in identity of an officer.</summary>
    public static ClaimsPrincipal PrincipalOf(OfficerAccount account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, account.UserName),
                new Claim(ClaimTypes.Name, string.IsNullOrWhiteSpace(account.DisplayName) ? account.UserName : account.DisplayName),
                new Claim(ClaimTypes.Role, Role),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        return new ClaimsPrincipal(identity);
    }

    // Identity's format: version 0x01 (PBKDF2), then the parameters, salt and subkey, in Base64.
    private static bool IsHash(string? hash)
    {
        if (string.IsNullOrWhiteSpace(hash))
        {
            return false;
        }

        var bytes = new byte[hash.Length];
        return Convert.TryFromBase64String(hash, bytes, out int length) && length > 13 && bytes[0] == 0x01;
    }
}
