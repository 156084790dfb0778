#pragma once

#include <QString>
#include <QStringList>
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

// Every token of the table, in its order: what a file may spell.
template<typename Enum, size_t N> QStringList tokensOf(const TokenTable<Enum, N>& table)
{
    QStringList tokens;
    for (const auto& entry : table)
        tokens.append(entry.second.toString());
    return tokens;
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
