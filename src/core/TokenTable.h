#pragma once

#include <QString>
#include <QStringView>

#include <array>
#include <optional>
#include <utility>

namespace cockpit {

// A fixed table between an enum and the tokens that spell it in files and the store.
template<typename Enum, size_t N> using TokenTable = std::array<std::pair<Enum, QStringView>, N>;

template<typename Enum, size_t N> std::optional<Enum> enumFromToken(const TokenTable<Enum, N>& table, QStringView token)
{
    for (const auto& [value, name] : table) {
        if (name == token)
            return value;
    }
    return std::nullopt;
}

template<typename Enum, size_t N> QString tokenFromEnum(const TokenTable<Enum, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value)
            return name.toString();
    }
    return {};
}

} // namespace cockpit
