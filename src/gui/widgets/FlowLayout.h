#pragma once

#include <QLayout>
#include <QList>

namespace cockpit::gui {

// A row of widgets that wraps onto the next line when the width runs out, instead of raising
// the window's minimum width (the migration's ten buttons in German at 1280×800).
class FlowLayout final : public QLayout
{
public:
    explicit FlowLayout(int spacing = -1);
    ~FlowLayout() override;
    Q_DISABLE_COPY_MOVE(FlowLayout)

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int arrange(const QRect& rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem*> m_items;
    int m_spacing;
};

} // namespace cockpit::gui
