using System;
using System.Collections;
using System.Collections.Generic;

namespace TrustHubGen.Policies
{
    /// <summary>
    /// An immutable array with value equality, so models holding lists stay value-equal (and cacheable in an
    /// incremental generator pipeline). The default value is an empty array.
    /// </summary>
    /// <typeparam name="T">The element type; compared with its own <see cref="IEquatable{T}"/>.</typeparam>
    public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        private readonly T[]? _items;

        /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
        /// <param name="items">The elements, in order. <see langword="null"/> gives an empty array.</param>
        public EquatableArray(IEnumerable<T>? items)
        {
            _items = items is null ? null : new List<T>(items).ToArray();
        }

        /// <summary>An empty array.</summary>
        public static EquatableArray<T> Empty => default;

        /// <summary>The number of elements.</summary>
        public int Count => _items?.Length ?? 0;

        /// <summary><see langword="true"/> when the array holds no element.</summary>
        public bool IsEmpty => Count == 0;

        /// <summary>The element at <paramref name="index"/>.</summary>
        /// <param name="index">A 0-based index, less than <see cref="Count"/>.</param>
        public T this[int index]
        {
            get
            {
                if (_items is null || (uint)index >= (uint)_items.Length)
                {
                    throw new ArgumentOutOfRangeException(nameof(index), index, "The index must be at least 0 and less than Count (" + Count + ").");
                }

                return _items[index];
            }
        }

        /// <summary>Compares two arrays element by element.</summary>
        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        /// <summary>Compares two arrays element by element.</summary>
        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

        /// <inheritdoc/>
        public bool Equals(EquatableArray<T> other)
        {
            int count = Count;
            if (count != other.Count)
            {
                return false;
            }

            EqualityComparer<T> comparer = EqualityComparer<T>.Default;
            for (int i = 0; i < count; i++)
            {
                if (!comparer.Equals(_items![i], other._items![i]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
        {
            unchecked
            {
                int hash = 17;
                if (_items is not null)
                {
                    EqualityComparer<T> comparer = EqualityComparer<T>.Default;
                    foreach (T item in _items)
                    {
                        hash = (hash * 31) + (item is null ? 0 : comparer.GetHashCode(item));
                    }
                }

                return hash;
            }
        }

        /// <summary>Lists the elements, for test output and debugging.</summary>
        public override string ToString() => "[" + string.Join(", ", this) + "]";

        /// <summary>Enumerates the elements in order.</summary>
        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Factory helpers for <see cref="EquatableArray{T}"/>.</summary>
    public static class EquatableArray
    {
        /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
        /// <typeparam name="T">The element type.</typeparam>
        /// <param name="items">The elements, in order.</param>
        public static EquatableArray<T> Create<T>(params T[] items)
            where T : IEquatable<T>
            => new EquatableArray<T>(items);
    }
}
