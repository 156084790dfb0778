#pragma once

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// The gathered report as HTML: a single file for a browser (CSS, inline SVG charts, anchors), or
// the subset QTextDocument lays out for the PDF (table attributes, chart placeholders "[[chart:N]]",
// a page break before each section, the contents' page numbers).
namespace cockpit::report {

enum class HtmlFlavour
{
    SingleFile,
    Pdf,
};

// sectionPages: the page each section starts on (anchor -> page), known after a first layout.
QString reportHtml(const QJsonObject& report, HtmlFlavour flavour, const QHash<QString, int>& sectionPages = {});

// A text field of the report (empty when absent), and an instant of it in words ("—" when none).
QString reportText(const QJsonObject& object, const char* key);
QString reportInstant(const QJsonValue& iso);

} // namespace cockpit::report
