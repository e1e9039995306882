#pragma once
// The compare view's swipe divider: a bar with a grip, dragged sideways to
// move where the second map starts.

#include <QWidget>

class CompareView;

class SwipeHandle : public QWidget
{
public:
    explicit SwipeHandle(CompareView *view);
    static constexpr int kWidth = 12;

protected:
    void paintEvent(QPaintEvent *) override;
    void mousePressEvent(QMouseEvent *e) override;
    void mouseMoveEvent(QMouseEvent *e) override;

private:
    CompareView *m_view;
};
