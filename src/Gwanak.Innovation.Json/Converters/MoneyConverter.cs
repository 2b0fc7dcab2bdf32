using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Gwanak.Innovation.Primitives;

namespace Gwanak.Innovation.Json.Converters;

/// <summary>
/// Money as an exact decimal amount with its ISO 4217 currency: <c>{"amount": "20000000000", "currency": "KRW"}</c>. The
/// amount is a string so that no reader takes it for a binary float.
/// </summary>
internal sealed class MoneyConverter : JsonConverter<Money>
{
    private const NumberStyles Exact = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException($"An amount of money ({{\"amount\": \"20000000000\", \"currency\": \"KRW\"}}) was expected, not {Strings.Describe(reader.TokenType)}.");
        }

        string? amountText = null;
        string? currencyCode = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            MemberTally.Add(1);
            string name = reader.GetString()!;
            reader.Read();
            switch (name)
            {
                case "amount" when amountText is null:
                    amountText = Strings.Read(ref reader, 64, "amount");
                    break;
                case "currency" when currencyCode is null:
                    currencyCode = Strings.Read(ref reader, 16, "currency");
                    break;
                case "amount" or "currency":
                    throw new JsonException($"The member '{name}' appears twice in an amount of money.");
                default:
                    throw new JsonException($"An amount of money has the members 'amount' and 'currency' only, not '{name}'.");
            }
        }

        if (amountText is null || currencyCode is null)
        {
            throw new JsonException($"An amount of money needs both 'amount' and 'currency'; '{(amountText is null ? "amount" : "currency")}' is missing.");
        }

        if (!decimal.TryParse(amountText, Exact, CultureInfo.InvariantCulture, out decimal amount))
        {
            throw new JsonException($"'{amountText}' is not an amount: write a plain decimal such as \"20000000000\" or \"1234.56\" (no exponent, no separators).");
        }

        if (!Currency.TryFromCode(currencyCode, out var currency))
        {
            throw new JsonException($"'{currencyCode}' is not a currency this library knows (an ISO 4217 code such as KRW or USD).");
        }

        return Money.TryCreate(amount, currency, out var money)
            ? money
            : throw new JsonException($"{amountText} {currencyCode} has more decimal places than {currencyCode} has minor units.");
    }

    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("amount", value.Amount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("currency", value.Currency.Code);
        writer.WriteEndObject();
    }
}
