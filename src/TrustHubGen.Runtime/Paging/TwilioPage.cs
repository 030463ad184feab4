using System;
using System.Collections.Generic;
using System.Text.Json;

namespace TrustHubGen.Runtime;

/// <summary>One parsed list page: its items and the link to the next page, if any.</summary>
internal sealed class TwilioPage<T>
{
    private TwilioPage(List<T> items, string? nextLink)
    {
        Items = items;
        NextLink = nextLink;
    }

    public List<T> Items { get; }

    /// <summary><c>meta.next_page_url</c> (Trust Hub v1, absolute) or <c>next_page_uri</c> (API 2010, host-relative).</summary>
    public string? NextLink { get; }

    /// <summary>Reads the page; unknown fields are skipped, a missing items array is an error naming what the page has.</summary>
    /// <exception cref="TwilioUnreadableAnswerException">The page is not JSON, lacks the items array, or holds a value the item reader refuses.</exception>
    public static TwilioPage<T> Read(ReadOnlySpan<byte> body, string itemsKey, JsonItemReader<T> readItem, string request, int status)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            return ReadCore(ref reader, itemsKey, readItem, request);
        }
        catch (PageShapeException shape)
        {
            throw new TwilioUnreadableAnswerException(shape.Message, request, status, path: null, shape);
        }
        catch (ItemRefusedException item)
        {
            throw JsonAnswer.Unreadable($"The list page from {request} cannot be read", request, status, body, reader.TokenStartIndex, item.InnerException!);
        }
        catch (JsonException exception)
        {
            throw new TwilioUnreadableAnswerException($"The list page from {request} is not valid JSON: {exception.Message}", request, status, exception.Path, exception);
        }
    }

    private static TwilioPage<T> ReadCore(ref Utf8JsonReader reader, string itemsKey, JsonItemReader<T> readItem, string request)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            throw new PageShapeException($"The list page from {request} must be a JSON object with a \"{itemsKey}\" array.");
        List<T>? items = null;
        string? nextPageUrl = null, nextPageUri = null, metaKey = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == itemsKey && reader.TokenType == JsonTokenType.StartArray) items = ReadItems(ref reader, readItem, itemsKey, request);
            else if (name == "meta" && reader.TokenType == JsonTokenType.StartObject) ReadMeta(ref reader, out nextPageUrl, out metaKey);
            else if (name == "next_page_uri" && reader.TokenType == JsonTokenType.String) nextPageUri = reader.GetString();
            else reader.Skip();
        }
        if (items is null)
            throw new PageShapeException($"The list page from {request} has no \"{itemsKey}\" array" +
                (metaKey is null ? "." : $"; its meta.key names \"{metaKey}\" as the list field."));
        return new TwilioPage<T>(items, Blank(nextPageUrl) ?? Blank(nextPageUri));
    }

    private static List<T> ReadItems(ref Utf8JsonReader reader, JsonItemReader<T> readItem, string itemsKey, string request)
    {
        var items = new List<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var depth = reader.CurrentDepth;
            var start = reader.TokenStartIndex;
            var first = reader.TokenType;
            try
            {
                items.Add(readItem(ref reader));
            }
            catch (Exception refusal) when (JsonAnswer.IsRefusal(refusal) && !JsonAnswer.IsSyntaxError(refusal))
            {
                throw new ItemRefusedException(refusal);
            }
            var stayedOnStart = reader.TokenStartIndex == start;
            var isContainer = first is JsonTokenType.StartObject or JsonTokenType.StartArray;
            // Readers follow System.Text.Json's converter convention and stop on the item's last token; one that
            // did not move past a container's start is tolerated by skipping the container here.
            if (isContainer && stayedOnStart) reader.Skip();
            else if (reader.CurrentDepth != depth || (isContainer && reader.TokenType is not (JsonTokenType.EndObject or JsonTokenType.EndArray)))
                throw new InvalidOperationException(
                    $"The item reader for \"{itemsKey}\" in the list page from {request} must stop on the item's last token (its closing brace).");
        }
        return items;
    }

    private static void ReadMeta(ref Utf8JsonReader reader, out string? nextPageUrl, out string? key)
    {
        nextPageUrl = null;
        key = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "next_page_url" && reader.TokenType == JsonTokenType.String) nextPageUrl = reader.GetString();
            else if (name == "key" && reader.TokenType == JsonTokenType.String) key = reader.GetString();
            else reader.Skip();
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

/// <summary>A value the item reader refused (its <see cref="Exception.InnerException"/>), to be named by its path.</summary>
internal sealed class ItemRefusedException : Exception
{
    public ItemRefusedException(Exception refusal)
        : base(refusal.Message, refusal)
    {
    }
}

/// <summary>Valid JSON in the wrong shape; its message is already complete, so it is not wrapped like a syntax error.</summary>
internal sealed class PageShapeException : JsonException
{
    public PageShapeException(string message)
        : base(message)
    {
    }
}
