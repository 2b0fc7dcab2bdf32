namespace Gwanak.Innovation.Json.Converters;

/// <summary>An aggregate as a document stores it, its history only: what a register's aggregates are read into, in one read, before each is replayed, and written from.</summary>
/// <typeparam name="TEvent">The base type of its events.</typeparam>
/// <param name="History">The events, oldest first.</param>
internal sealed record StoredHistory<TEvent>(TEvent[] History);
