#include "ReportRender.h"

#include "ReportCharts.h"
#include "ReportHtml.h"
#include "core/Clock.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>

#include <cmath>

namespace cockpit::report {
namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Report)
};

// The chart placeholders become chart objects.
void placeCharts(QTextDocument& doc)
{
    static const QRegularExpression marker(QStringLiteral("\\[\\[chart:(\\d+)\\]\\]"));
    QTextCursor cursor = doc.find(marker);
    while (!cursor.isNull()) {
        const int index = marker.match(cursor.selectedText()).captured(1).toInt();
        QTextCharFormat format;
        format.setObjectType(kChartObject);
        format.setProperty(kChartIndex, index);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        cursor = doc.find(marker, cursor);
    }
}

QHash<QString, int> sectionPages(QTextDocument& doc, double pageHeight)
{
    QHash<QString, int> pages;
    QAbstractTextDocumentLayout* layout = doc.documentLayout();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            for (const QString& name : it.fragment().charFormat().anchorNames()) {
                if (name.startsWith(QLatin1String("sec-")))
                    pages.insert(name.mid(4), int(layout->blockBoundingRect(block).top() / pageHeight) + 1);
            }
        }
    }
    return pages;
}

QByteArray xmpMetadata(const QString& title, const QString& author, const QString& subject)
{
    const auto x = [](const QString& s) { return s.toHtmlEscaped().toUtf8(); };
    return QByteArrayLiteral("<?xpacket begin='' id='W5M0MpCehiHzreSzNTczkc9d'?>"
                             "<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:RDF "
                             "xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'>"
                             "<rdf:Description rdf:about='' xmlns:dc='http://purl.org/dc/elements/1.1/'>"
                             "<dc:title><rdf:Alt><rdf:li xml:lang='x-default'>")
        + x(title) + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:title><dc:creator><rdf:Seq><rdf:li>") + x(author)
        + QByteArrayLiteral("</rdf:li></rdf:Seq></dc:creator><dc:description><rdf:Alt><rdf:li xml:lang='x-default'>")
        + x(subject)
        + QByteArrayLiteral("</rdf:li></rdf:Alt></dc:description></rdf:Description></rdf:RDF></x:xmpmeta>"
                            "<?xpacket end='w'?>");
}

Error writeError(const QString& path, const QString& what)
{
    return makeError(ErrorKind::Io, QStringLiteral("cannot write the report: %1").arg(what), path,
                     QStringLiteral("Choose a folder you can write to, with free space."));
}

} // namespace

std::optional<Format> parseFormat(const QString& token)
{
    if (token == QLatin1String("pdf"))
        return Format::Pdf;
    if (token == QLatin1String("json"))
        return Format::Json;
    if (token == QLatin1String("html"))
        return Format::Html;
    return std::nullopt;
}

QString toHtml(const QJsonObject& report)
{
    return reportHtml(report, HtmlFlavour::SingleFile);
}

Result<Done> writePdf(const QJsonObject& report, const QString& path, QPageSize::PageSizeId pageSize,
                      const std::function<void(int, int)>& progress)
{
    const QJsonObject rollout = report.value(QStringLiteral("rollout")).toObject();
    const QString title = Tr::tr("Rollout report: %1").arg(reportText(rollout, "title"));
    QPdfWriter writer(path);
    constexpr int kDpi = 96;
    writer.setResolution(kDpi);
    writer.setPageSize(QPageSize(pageSize));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(reportText(report, "generator"));
    writer.setDocumentXmpMetadata(xmpMetadata(
        title, reportText(report, "generator"),
        Tr::tr("Readiness, approvals, migration journal, metrics and success criteria of %1; record head %2")
            .arg(reportText(rollout, "title"), reportText(report.value(QStringLiteral("ledger")).toObject(), "head"))));
    const QRectF page = writer.pageLayout().paintRectPixels(kDpi);
    constexpr double kHeader = 28;
    constexpr double kFooter = 28;
    const QSizeF body(page.width(), page.height() - kHeader - kFooter);

    const QJsonObject range = report.value(QStringLiteral("range")).toObject();
    ChartObject charts(report.value(QStringLiteral("metrics")).toArray(),
                       fromIsoUtc(reportText(range, "from")).toMSecsSinceEpoch(),
                       fromIsoUtc(reportText(range, "to")).toMSecsSinceEpoch(), body.width() * 0.95);
    const auto layOut = [&](QTextDocument& doc, const QHash<QString, int>& pages) {
        doc.documentLayout()->setPaintDevice(&writer);
        doc.documentLayout()->registerHandler(kChartObject, &charts);
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(8.5);
        doc.setDefaultFont(font);
        doc.setPageSize(body);
        doc.setHtml(reportHtml(report, HtmlFlavour::Pdf, pages));
        // Any letter spacing turns ligatures off: "files" stays f-i in the text a reader searches.
        QTextCursor all(&doc);
        all.select(QTextCursor::Document);
        QTextCharFormat spacing;
        spacing.setFontLetterSpacingType(QFont::AbsoluteSpacing);
        spacing.setFontLetterSpacing(0.05);
        all.mergeCharFormat(spacing);
        placeCharts(doc);
    };
    // Twice: the contents need the page each section starts on, known only once laid out.
    QTextDocument first;
    layOut(first, {});
    const QHash<QString, int> pages = sectionPages(first, body.height());
    QTextDocument doc;
    layOut(doc, pages);

    QPainter painter;
    if (!painter.begin(&writer))
        return writeError(path, QStringLiteral("the PDF could not be started"));
    const int count = doc.pageCount();
    const QString generated = reportInstant(report.value(QStringLiteral("generated_at")));
    QFont small(QStringLiteral("DejaVu Sans"));
    small.setPointSizeF(7);
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !writer.newPage())
            return writeError(path, QStringLiteral("a new page could not be added"));
        painter.setFont(small);
        painter.setPen(QColor(0x44, 0x44, 0x44));
        painter.drawText(QRectF(0, 0, page.width(), kHeader - 8), Qt::AlignLeft | Qt::AlignVCenter, title);
        painter.drawText(QRectF(0, 0, page.width(), kHeader - 8), Qt::AlignRight | Qt::AlignVCenter,
                         reportText(report, "verdict").left(80));
        painter.drawLine(QPointF(0, kHeader - 6), QPointF(page.width(), kHeader - 6));
        const double footerTop = page.height() - kFooter + 8;
        painter.drawLine(QPointF(0, footerTop - 2), QPointF(page.width(), footerTop - 2));
        painter.drawText(QRectF(0, footerTop, page.width(), kFooter - 8), Qt::AlignHCenter | Qt::AlignVCenter,
                         Tr::tr("Page %1 of %2").arg(i + 1).arg(count));
        painter.drawText(QRectF(0, footerTop, page.width(), kFooter - 8), Qt::AlignRight | Qt::AlignVCenter,
                         Tr::tr("Generated %1").arg(generated));
        painter.save();
        painter.translate(0, kHeader - i * body.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(0, i * body.height(), body.width(), body.height());
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        if (progress)
            progress(i + 1, count);
    }
    if (!painter.end())
        return writeError(path, QStringLiteral("the PDF could not be finished"));
    return Done{};
}

Result<Done> writeReport(const QJsonObject& report, const QString& path, Format format, QPageSize::PageSizeId pageSize,
                         const std::function<void(int, int)>& progress)
{
    if (format == Format::Pdf) {
        // Into a temporary file beside the target, renamed when complete.
        QTemporaryFile temporary(QFileInfo(path).absolutePath() + QStringLiteral("/.report-XXXXXX.pdf"));
        if (!temporary.open())
            return writeError(path, temporary.errorString());
        temporary.close();
        if (auto written = writePdf(report, temporary.fileName(), pageSize, progress); !written)
            return written.error();
        QFile::remove(path);
        if (!QFile::rename(temporary.fileName(), path))
            return writeError(path, QStringLiteral("the finished file could not be moved into place"));
        temporary.setAutoRemove(false);
        return Done{};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    const QByteArray bytes
        = format == Format::Json ? QJsonDocument(report).toJson(QJsonDocument::Indented) : toHtml(report).toUtf8();
    if (file.write(bytes) != bytes.size() || !file.commit())
        return writeError(path, file.errorString());
    if (progress)
        progress(1, 1);
    return Done{};
}

} // namespace cockpit::report
