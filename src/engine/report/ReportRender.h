#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QPageSize>
#include <QString>

#include <functional>

// The gathered report (ReportData) rendered: a single-file HTML (inline CSS and SVG charts, no
// network), the PDF (QTextDocument laid out on QPdfWriter pages, charts painted as vectors, a
// header and footer on every page, contents with page numbers, metadata) and the JSON itself.
// Needs a QGuiApplication (fonts); safe on a worker thread.
namespace cockpit::report {

enum class Format
{
    Pdf,
    Json,
    Html,
};
std::optional<Format> parseFormat(const QString& token); // pdf, json, html

QString toHtml(const QJsonObject& report);

// progress(done, total) per page painted.
Result<Done> writePdf(const QJsonObject& report, const QString& path, QPageSize::PageSizeId pageSize,
                      const std::function<void(int, int)>& progress = {});

// The report in the format asked for, written atomically (a reader never sees half a file).
Result<Done> writeReport(const QJsonObject& report, const QString& path, Format format,
                         QPageSize::PageSizeId pageSize = QPageSize::A4,
                         const std::function<void(int, int)>& progress = {});

} // namespace cockpit::report
