#pragma once

#include <QColor>
#include <QPalette>
#include <QString>
#include <QStringList>

class QApplication;

namespace cockpit::gui {

// What a colour says, independent of the palette it is drawn on. Every status colour of the
// window comes from here, so that it stays legible (contrast >= 4.5:1, WCAG AA) on the light and
// on the dark palette alike: tests/unit/AppearanceTest.cpp checks every tone on both.
enum class Tone
{
    Good, // pass, done, healthy
    Warning, // warn, pending, in doubt
    Bad, // fail, firing, broken
    Unknown, // unknown, no data: never green
    Neutral, // skipped, not applicable, stale
    Running, // in progress
};
inline constexpr Tone kAllTones[] = {Tone::Good, Tone::Warning, Tone::Bad, Tone::Unknown, Tone::Neutral, Tone::Running};

// The tone's text colour on this palette (default: the application's).
QColor toneColour(Tone tone, const QPalette& palette);
QColor toneColour(Tone tone);
bool isDark(const QPalette& palette);
// WCAG 2.1 contrast ratio between two colours (1 to 21).
double contrastRatio(const QColor& a, const QColor& b);

// The palettes the Appearance preference offers besides the system's.
QPalette lightPalette();
QPalette darkPalette();
// "system" (keep what the platform gives), "light" or "dark": applied to the application at once.
void applyAppearance(const QString& mode);

// The languages the cockpit ships ("en", "de"), and installing one (empty or another: the
// system's), with Qt's own translations; before any window exists.
QStringList shippedLanguages();
void installLanguage(QApplication& app, const QString& language);

} // namespace cockpit::gui
