#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace cockpit {

// What went wrong, in categories a caller can act on. Connectors map their failures here.
enum class ErrorKind
{
    InvalidInput, // the user's input (a file, an argument) is wrong
    NotFound, // a file, item, endpoint or object does not exist
    Io, // reading or writing a local file failed
    Storage, // the local or team store refused or failed
    Incompatible, // written by a newer version, or an unsupported server version
    Timeout,
    Network, // refused, unreachable, reset
    Tls, // certificate did not verify, handshake failed
    Protocol, // the peer answered something malformed
    Server, // the peer answered with an error of its own
    Auth,
    Cancelled,
    Conflict,
    Internal,
};

QString errorKindName(ErrorKind kind);

// A failure carried as a value: what happened, where, and what the user can do about it.
// Never holds a secret: callers build it from server answers and identifiers only.
struct Error
{
    ErrorKind kind = ErrorKind::Internal;
    QString message; // one sentence: what happened
    QString where; // file and JSON path, endpoint, node, table ...
    QString hint; // what the user can do next (may be empty)
    QString code; // SQLSTATE, HTTP status, errno name ... (may be empty)
    QStringList details; // further lines, e.g. every problem found in a runbook

    // "where: message" plus details and hint, one per line; for logs, stderr and dialogs.
    QString toString() const;
};

Error makeError(ErrorKind kind, QString message, QString where = {}, QString hint = {});

template<typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::in_place_index<0>, std::move(value)) { }
    Result(Error error) : m_data(std::in_place_index<1>, std::move(error)) { }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_data); }
    T& value() & { return std::get<0>(m_data); }
    T&& value() && { return std::get<0>(std::move(m_data)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }

    const Error& error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// Success without a value.
struct Done
{
};

} // namespace cockpit

Q_DECLARE_METATYPE(cockpit::Error)
