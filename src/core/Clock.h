#pragma once

#include <QDateTime>

namespace cockpit {

// Where "now" comes from. Production code asks a Clock so that tests can set the time.
// Implementations must be callable from any thread.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime nowUtc() const = 0;

    static const Clock& system();
};

// ISO 8601 in UTC with milliseconds: the one text form of a time in the store and in reports.
QString toIsoUtc(const QDateTime& time);
QDateTime fromIsoUtc(const QString& text);

} // namespace cockpit
