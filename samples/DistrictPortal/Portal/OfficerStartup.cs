using Microsoft.AspNetCore.Authentication.Cookies;

namespace DistrictPortal.Portal;

/// <summary>How officers sign in: a cookie, accounts from the <c>Officers</c> configuration, and the command that hashes a password.</summary>
public static class OfficerStartup
{
    /// <summary>The command that prints a password's hash for the configuration.</summary>
    public const string HashPasswordCommand = "hash-password";

    /// <summary>The accounts and the sign-in cookie: HTTP only, same-site, for a working day.</summary>
    public static IServiceCollection AddOfficers(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(new Officers(configuration.GetSection("Officers").Get<OfficerAccount[]>() ?? []));
        services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(o =>
            {
                o.Cookie.Name = "portal.officer";
                o.Cookie.HttpOnly = true;
                o.Cookie.SameSite = SameSiteMode.Strict;
                o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                o.ExpireTimeSpan = TimeSpan.FromHours(8);
                o.SlidingExpiration = true;
                o.LoginPath = "/sign-in";
                o.LogoutPath = "/sign-out";
                o.AccessDeniedPath = "/sign-in";
            });
        services.AddAuthorization();
        return services;
    }

    /// <summary>Warns when an officer still has the demo password.</summary>
    public static void WarnAboutDemoPasswords(this IServiceProvider services)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(OfficerStartup));
        foreach (string userName in services.GetRequiredService<Officers>().StillOnDemoPassword())
        {
            logger.LogWarning("The officer {UserName} signs in with the demo password of README.md: set another hash (dotnet run --project samples/DistrictPortal -- hash-password) before production.", userName);
        }
    }

    /// <summary>
    /// <c>hash-password</c>: reads a password (typed without echo, or piped on standard input) and writes its hash for an
    /// officer's <c>PasswordHash</c>. The password never goes on the command line, where the shell's history would keep it.
    /// </summary>
    public static int HashPassword(TextReader input, TextWriter output, TextWriter error, bool interactive)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        string? password;
        if (interactive)
        {
            error.Write("Password: ");
            password = ReadHidden();
            error.WriteLine();
        }
        else
        {
            password = input.ReadLine();
        }

        if (string.IsNullOrEmpty(password))
        {
            error.WriteLine("No password given: type one, or pipe it on standard input.");
            return 1;
        }

        output.WriteLine(Officers.Hash(password));
        return 0;
    }

    private static string ReadHidden()
    {
        var typed = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }

        return typed.ToString();
    }
}
