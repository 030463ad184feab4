using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace TrustHubGen.Emulator.Wire;

/// <summary>Page and PageSize of a list request: PageSize 1–1000 (default 50), Page from 0.</summary>
internal readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultSize = 50;
    public const int MaxSize = 1000;

    public int Offset => Page * PageSize;

    public static PageRequest From(IQueryCollection query)
    {
        var size = ReadInt(query, "PageSize", DefaultSize);
        if (size is < 1 or > MaxSize)
        {
            throw ApiException.Invalid("PageSize", $"{size} is out of range; use 1 to {MaxSize}.");
        }

        var page = ReadInt(query, "Page", 0);
        if (page < 0)
        {
            throw ApiException.Invalid("Page", $"{page} is negative; pages count from 0.");
        }

        // A page ending past int range is one no list can reach (and its end would overflow).
        if (((long)page + 1) * size > int.MaxValue)
        {
            throw ApiException.Invalid("Page", $"page {page} of size {size} is beyond any list.");
        }

        return new PageRequest(page, size);
    }

    private static int ReadInt(IQueryCollection query, string name, int fallback)
    {
        var raw = query[name].ToString();
        if (raw.Length == 0)
        {
            return fallback;
        }

        return int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw ApiException.Invalid(name, $"\"{raw}\" is not a whole number.");
    }
}

/// <summary>List bodies: Trust Hub v1's <c>{key: [...], meta: {...}}</c> and API 2010's flat paging fields.</summary>
internal static class Paging
{
    /// <summary>Writes a Trust Hub v1 list page with a complete <c>meta</c> (absolute URLs, null where empty).</summary>
    public static Reply V1<T>(
        string baseUrl, string path, IReadOnlyList<(string Name, string Value)> filters, PageRequest page, string key, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        var end = Math.Min(items.Count, page.Offset + page.PageSize);
        var hasNext = end < items.Count;
        return Reply.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray(key);
            for (var i = page.Offset; i < end; i++)
            {
                writeItem(w, items[i]);
            }

            w.WriteEndArray();
            w.WriteStartObject("meta");
            w.WriteNumber("page", page.Page);
            w.WriteNumber("page_size", page.PageSize);
            w.WriteString("first_page_url", baseUrl + PageUri(path, filters, page.PageSize, 0));
            WriteNullable(w, "previous_page_url", page.Page > 0 ? baseUrl + PageUri(path, filters, page.PageSize, page.Page - 1) : null);
            w.WriteString("url", baseUrl + PageUri(path, filters, page.PageSize, page.Page));
            WriteNullable(w, "next_page_url", hasNext ? baseUrl + PageUri(path, filters, page.PageSize, page.Page + 1) : null);
            w.WriteString("key", key);
            w.WriteEndObject();
            w.WriteEndObject();
        }, SizeHint(end - page.Offset, 400));
    }

    /// <summary>Writes an API 2010 list page: relative URIs, as the spec's examples show.</summary>
    public static Reply Api2010<T>(
        string path, IReadOnlyList<(string Name, string Value)> filters, PageRequest page, string key, IReadOnlyList<T> items, Action<Utf8JsonWriter, T> writeItem)
    {
        var end = Math.Min(items.Count, page.Offset + page.PageSize);
        var hasNext = end < items.Count;
        return Reply.Json(200, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray(key);
            for (var i = page.Offset; i < end; i++)
            {
                writeItem(w, items[i]);
            }

            w.WriteEndArray();
            w.WriteNumber("end", Math.Max(page.Offset, end - 1));
            w.WriteString("first_page_uri", PageUri(path, filters, page.PageSize, 0));
            WriteNullable(w, "next_page_uri", hasNext ? PageUri(path, filters, page.PageSize, page.Page + 1) : null);
            w.WriteNumber("page", page.Page);
            w.WriteNumber("page_size", page.PageSize);
            WriteNullable(w, "previous_page_uri", page.Page > 0 ? PageUri(path, filters, page.PageSize, page.Page - 1) : null);
            w.WriteNumber("start", page.Offset);
            w.WriteString("uri", PageUri(path, filters, page.PageSize, page.Page));
            w.WriteEndObject();
        }, SizeHint(end - page.Offset, 1300));
    }

    private static int SizeHint(int items, int bytesPerItem) => 1024 + (Math.Max(0, items) * bytesPerItem);

    public static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string PageUri(string path, IReadOnlyList<(string Name, string Value)> filters, int pageSize, int page)
    {
        var builder = new StringBuilder(path).Append('?');
        foreach (var (name, value) in filters)
        {
            builder.Append(name).Append('=').Append(Uri.EscapeDataString(value)).Append('&');
        }

        builder.Append("PageSize=").Append(pageSize.ToString(CultureInfo.InvariantCulture))
            .Append("&Page=").Append(page.ToString(CultureInfo.InvariantCulture));
        return builder.ToString();
    }
}

/// <summary>
/// One page of a list copied out under the owner's lock, posing as the whole list (same Count, the page's indexes
/// readable), so the JSON of immutable items is written after the lock is released.
/// </summary>
internal sealed class PageSlice<T> : IReadOnlyList<T>
{
    private readonly T[] _items;
    private readonly int _offset;

    public PageSlice(IReadOnlyList<T> items, PageRequest page)
    {
        Count = items.Count;
        _offset = Math.Min(page.Offset, Count);
        _items = new T[Math.Min(page.PageSize, Count - _offset)];
        for (var i = 0; i < _items.Length; i++)
        {
            _items[i] = items[_offset + i];
        }
    }

    public int Count { get; }

    public T this[int index] => _items[index - _offset];

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
