#include "Appearance.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QStyle>
#include <QStyleFactory>
#include <QTranslator>

#include <cmath>

namespace cockpit::gui {
namespace {

double channel(double value)
{
    value /= 255.0;
    return value <= 0.04045 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor& colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

} // namespace

bool isDark(const QPalette& palette)
{
    return luminance(palette.color(QPalette::Base)) < 0.25;
}

double contrastRatio(const QColor& a, const QColor& b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor toneColour(Tone tone, const QPalette& palette)
{
    if (isDark(palette)) {
        switch (tone) {
        case Tone::Good: return {0x6f, 0xd0, 0x8c};
        case Tone::Warning: return {0xf2, 0xb8, 0x5c};
        case Tone::Bad: return {0xff, 0x8a, 0x80};
        case Tone::Unknown: return {0xd0, 0xa4, 0xf0};
        case Tone::Neutral: return {0xb4, 0xb4, 0xb4};
        case Tone::Running: return {0x8a, 0xb4, 0xf8};
        }
    }
    switch (tone) {
    case Tone::Good: return {0x1f, 0x6f, 0x3a};
    case Tone::Warning: return {0x8a, 0x52, 0x00};
    case Tone::Bad: return {0xb0, 0x2a, 0x2a};
    case Tone::Unknown: return {0x6b, 0x3f, 0xa0};
    case Tone::Neutral: return {0x5c, 0x5c, 0x5c};
    case Tone::Running: return {0x1f, 0x5f, 0xbf};
    }
    return palette.color(QPalette::Text);
}

QColor toneColour(Tone tone)
{
    return toneColour(tone, QApplication::palette());
}

QPalette lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette palette = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    return palette;
}

QPalette darkPalette()
{
    QPalette palette;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x8c, 0x8c, 0x8c);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    palette.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, disabled);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8));
    palette.setColor(QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9));
    palette.setColor(QPalette::Light, QColor(0x45, 0x47, 0x4a));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x3f));
    palette.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x28));
    palette.setColor(QPalette::Dark, QColor(0x19, 0x1a, 0x1c));
    palette.setColor(QPalette::Shadow, Qt::black);
    for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        palette.setColor(QPalette::Disabled, role, disabled);
    return palette;
}

void applyAppearance(const QString& mode)
{
    if (mode == QLatin1String("light") || mode == QLatin1String("dark")) {
        QApplication::setStyle(QStringLiteral("Fusion"));
        QApplication::setPalette(mode == QLatin1String("dark") ? darkPalette() : lightPalette());
    }
}

QStringList shippedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("de")};
}

void installLanguage(QApplication& app, const QString& language)
{
    const QLocale locale = shippedLanguages().contains(language) ? QLocale(language) : QLocale();
    if (locale != QLocale())
        QLocale::setDefault(locale); // dates, numbers and durations in the chosen language's format
    // English carries the plural forms, so it is the fallback of a language not shipped.
    auto* own = new QTranslator(&app);
    if (own->load(locale, QStringLiteral("rollout-cockpit"), QStringLiteral("_"), QStringLiteral(":/translations"))
        || own->load(QStringLiteral(":/translations/rollout-cockpit_en.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace cockpit::gui
