// Build-time tool: renders the application's SVG icon into the hicolor PNG sizes that desktops
// without SVG support (and AppStream's icon cache) look for.
//
//   cockpit-render-icons ICON.svg OUTPUT_DIR   -> OUTPUT_DIR/NxN/apps/rollout-cockpit.png
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: cockpit-render-icons ICON.svg OUTPUT_DIR\n");
        return 64;
    }
    QSvgRenderer renderer(arguments[1]);
    if (!renderer.isValid()) {
        std::fprintf(stderr, "cockpit-render-icons: %s is not a valid SVG\n", qPrintable(arguments[1]));
        return 2;
    }
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        renderer.render(&painter);
        painter.end();
        const QString dir = QStringLiteral("%1/%2x%2/apps").arg(arguments[2]).arg(size);
        const QString path = dir + QStringLiteral("/rollout-cockpit.png");
        if (!QDir().mkpath(dir) || !image.save(path, "PNG")) {
            std::fprintf(stderr, "cockpit-render-icons: cannot write %s\n", qPrintable(path));
            return 1;
        }
    }
    return 0;
}
