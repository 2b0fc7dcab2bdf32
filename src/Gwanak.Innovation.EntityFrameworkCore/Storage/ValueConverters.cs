using System;
using System.Globalization;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using NodaTime;

namespace Gwanak.Innovation.EntityFrameworkCore.Storage;

/// <summary>A primitive that parses and formats as text (an id, a code, a registration number) stored as its canonical string.</summary>
internal sealed class TextValueConverter<T>() : ValueConverter<T, string>(v => v.ToString(null, CultureInfo.InvariantCulture), s => TextValueConverter<T>.Parse(s))
    where T : ISpanParsable<T>, ISpanFormattable
{
    // A method call, because an expression tree cannot call a static interface member itself.
    private static T Parse(string text) => T.Parse(text, CultureInfo.InvariantCulture);
}

/// <summary>A calendar day stored as the provider's date (<c>date</c> in PostgreSQL, ISO text in SQLite).</summary>
internal sealed class LocalDateValueConverter() : ValueConverter<LocalDate, DateOnly>(d => d.ToDateOnly(), d => LocalDate.FromDateOnly(d));

/// <summary>A moment stored in UTC (<c>timestamptz</c> in PostgreSQL, ISO text in SQLite).</summary>
internal sealed class InstantValueConverter() : ValueConverter<Instant, DateTimeOffset>(i => i.ToDateTimeOffset(), d => Instant.FromDateTimeOffset(d));
