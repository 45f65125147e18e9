// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "report/SvgChart.h"

#include <QList>

#include <algorithm>
#include <array>
#include <cmath>
#include <functional>

namespace mxscope {

namespace {

// Colour-blind safe (Okabe and Ito), dark enough for white text and for print.
constexpr std::array<const char *, 8> palette {"#0072b2", "#d55e00", "#009e73", "#cc79a7",
                                               "#e69f00", "#56b4e9", "#6e7781", "#000000"};

struct Frame {
    double left = 64;
    double right = 16;
    double top = 36;
    double bottom = 64;
    double width = 0; // plot area
    double height = 0;
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString num(double value)
{
    return QString::number(value, 'f', 1);
}

// 1, 2, 5 times a power of ten: axis steps a reader can add up at a glance.
double niceStep(double maximum, int ticks)
{
    if (maximum <= 0)
        return 1;
    const double raw = maximum / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (raw <= factor * magnitude)
            return std::max(factor * magnitude, 1e-9);
    }
    return 10 * magnitude;
}

QString tickLabel(double value)
{
    if (std::abs(value - std::round(value)) < 1e-9)
        return QString::number(qint64(std::llround(value)));
    return QString::number(value, 'g', 4);
}

// Long labels are clipped so one server-chosen name cannot push the chart apart.
QString clipped(const QString &text, qsizetype width)
{
    return text.size() <= width ? text : text.left(width - 1) + QChar(0x2026);
}

double maximumOf(const ChartData &chart)
{
    double maximum = 0;
    if (chart.kind == ChartData::Kind::StackedBar) {
        for (qsizetype i = 0; i < chart.categories.size(); ++i) {
            double sum = 0;
            for (const ChartSeries &s : chart.series)
                sum += std::max(0.0, s.values.value(i));
            maximum = std::max(maximum, sum);
        }
        return maximum;
    }
    for (const ChartSeries &s : chart.series) {
        for (const double v : s.values)
            maximum = std::max(maximum, v);
    }
    return maximum;
}

qsizetype pointCount(const ChartData &chart)
{
    qsizetype count = chart.categories.size();
    for (const ChartSeries &s : chart.series)
        count = std::max(count, s.values.size());
    return count;
}

class Painter
{
public:
    Painter(const ChartData &chart, int width, int height)
        : m_chart(chart)
        , m_width(width)
        , m_height(height)
    {
        // A line's last point sits on the right edge; its label needs room to be centred.
        if (chart.kind == ChartData::Kind::Line)
            m_frame.right = 40;
        m_frame.width = width - m_frame.left - m_frame.right;
        m_frame.height = height - m_frame.top - m_frame.bottom;
        m_step = niceStep(maximumOf(chart), 5);
        m_top = std::max(m_step, std::ceil(maximumOf(chart) / m_step) * m_step);
    }

    QString paint()
    {
        // Inline in HTML the parser supplies the SVG namespace; no URL in a self-contained page.
        m_svg = QStringLiteral("<svg class=\"chart\" "
                               "viewBox=\"0 0 %1 %2\" width=\"%1\" height=\"%2\" role=\"img\" "
                               "aria-label=\"%3\">")
                    .arg(m_width)
                    .arg(m_height)
                    .arg(esc(m_chart.title));
        m_svg += QStringLiteral("<title>%1</title>").arg(esc(m_chart.title));
        text(m_frame.left, 20, m_chart.title, QStringLiteral("start"),
             QStringLiteral("chart-title"));
        valueAxis();
        if (m_chart.kind == ChartData::Kind::Line)
            lines();
        else
            bars();
        legend();
        return m_svg + QStringLiteral("</svg>");
    }

private:
    double y(double value) const
    {
        return m_frame.top + m_frame.height * (1 - std::clamp(value / m_top, 0.0, 1.0));
    }

    void text(double x, double y, const QString &label, const QString &anchor,
              const QString &cssClass, const QString &extra = {})
    {
        m_svg += QStringLiteral("<text x=\"%1\" y=\"%2\" text-anchor=\"%3\" class=\"%4\"%5>%6"
                                "</text>")
                     .arg(num(x), num(y), anchor, cssClass, extra, esc(label));
    }

    void valueAxis()
    {
        const double bottom = m_frame.top + m_frame.height;
        for (double v = 0; v <= m_top + m_step / 2; v += m_step) {
            m_svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" "
                                    "class=\"grid\"/>")
                         .arg(num(m_frame.left), num(m_frame.left + m_frame.width), num(y(v)));
            text(m_frame.left - 6, y(v) + 4, tickLabel(v), QStringLiteral("end"),
                 QStringLiteral("tick"));
        }
        m_svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"%3\" y2=\"%3\" class=\"axis\"/>")
                     .arg(num(m_frame.left), num(m_frame.left + m_frame.width), num(bottom));
        if (!m_chart.yLabel.isEmpty())
            text(14, m_frame.top + m_frame.height / 2, m_chart.yLabel, QStringLiteral("middle"),
                 QStringLiteral("axis-label"),
                 QStringLiteral(" transform=\"rotate(-90 14 %1)\"")
                     .arg(num(m_frame.top + m_frame.height / 2)));
        if (!m_chart.xLabel.isEmpty())
            text(m_frame.left + m_frame.width / 2, m_height - 6, m_chart.xLabel,
                 QStringLiteral("middle"), QStringLiteral("axis-label"));
    }

    // Category labels under the axis; every n-th one when they would overlap.
    void categoryLabels(qsizetype count, const std::function<double(qsizetype)> &centre)
    {
        if (count == 0)
            return;
        const double slot = m_frame.width / count;
        const qsizetype every = std::max<qsizetype>(1, qsizetype(std::ceil(70.0 / slot)));
        const qsizetype width = std::max<qsizetype>(6, qsizetype(slot * every / 7));
        for (qsizetype i = 0; i < count; i += every) {
            const QString label = m_chart.categories.value(i, QString::number(i + 1));
            text(centre(i), m_frame.top + m_frame.height + 16, clipped(label, width),
                 QStringLiteral("middle"), QStringLiteral("tick"));
        }
    }

    void bars()
    {
        const qsizetype count = pointCount(m_chart);
        if (count == 0)
            return;
        const double slot = m_frame.width / count;
        const bool stacked = m_chart.kind == ChartData::Kind::StackedBar;
        const qsizetype seriesCount = std::max<qsizetype>(1, m_chart.series.size());
        const double groupWidth = slot * 0.7;
        const double barWidth = stacked ? groupWidth : groupWidth / seriesCount;
        for (qsizetype i = 0; i < count; ++i) {
            const double start = m_frame.left + slot * i + (slot - groupWidth) / 2;
            double base = 0;
            for (qsizetype s = 0; s < m_chart.series.size(); ++s) {
                const double value = std::max(0.0, m_chart.series.at(s).values.value(i));
                const double x = stacked ? start : start + barWidth * s;
                const double from = stacked ? base : 0;
                const double top = y(from + value);
                m_svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" "
                                        "fill=\"%5\"><title>%6: %7</title></rect>")
                             .arg(num(x), num(top), num(barWidth), num(y(from) - top),
                                  SvgChart::colour(s),
                                  esc(m_chart.categories.value(i) + QStringLiteral(" / ")
                                      + m_chart.series.at(s).name),
                                  tickLabel(value));
                if (!stacked && value > 0 && barWidth >= 14)
                    text(x + barWidth / 2, top - 4, tickLabel(value), QStringLiteral("middle"),
                         QStringLiteral("value"));
                base += value;
            }
            if (stacked && base > 0 && barWidth >= 14)
                text(start + barWidth / 2, y(base) - 4, tickLabel(base), QStringLiteral("middle"),
                     QStringLiteral("value"));
        }
        categoryLabels(count, [&](qsizetype i) { return m_frame.left + slot * (i + 0.5); });
    }

    void lines()
    {
        const qsizetype count = pointCount(m_chart);
        if (count == 0)
            return;
        const double stepX = count > 1 ? m_frame.width / (count - 1) : 0;
        auto xAt = [&](qsizetype i) {
            return count > 1 ? m_frame.left + stepX * i : m_frame.left + m_frame.width / 2;
        };
        for (qsizetype s = 0; s < m_chart.series.size(); ++s) {
            const ChartSeries &series = m_chart.series.at(s);
            QStringList points;
            for (qsizetype i = 0; i < series.values.size(); ++i)
                points.append(num(xAt(i)) + QLatin1Char(',') + num(y(series.values.at(i))));
            m_svg += QStringLiteral("<polyline points=\"%1\" fill=\"none\" stroke=\"%2\" "
                                    "stroke-width=\"2\"/>")
                         .arg(points.join(QLatin1Char(' ')), SvgChart::colour(s));
            // Dots only while they stay apart; each carries its value as a tooltip.
            if (stepX >= 6 || count == 1) {
                for (qsizetype i = 0; i < series.values.size(); ++i)
                    m_svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"3\" fill=\"%3\">"
                                            "<title>%4: %5</title></circle>")
                                 .arg(num(xAt(i)), num(y(series.values.at(i))), SvgChart::colour(s),
                                      esc(m_chart.categories.value(i)),
                                      tickLabel(series.values.at(i)));
            }
        }
        categoryLabels(count, xAt);
    }

    void legend()
    {
        double x = m_frame.left + m_frame.width;
        // Right-aligned on the title line, last series rightmost.
        for (qsizetype s = m_chart.series.size() - 1; s >= 0; --s) {
            const QString name = clipped(m_chart.series.at(s).name, 40);
            x -= 7.0 * name.size() + 26;
            if (m_chart.kind == ChartData::Kind::Line)
                m_svg += QStringLiteral("<line x1=\"%1\" x2=\"%2\" y1=\"16\" y2=\"16\" "
                                        "stroke=\"%3\" stroke-width=\"3\"/>")
                             .arg(num(x), num(x + 12), SvgChart::colour(s));
            else
                m_svg += QStringLiteral("<rect x=\"%1\" y=\"10\" width=\"12\" height=\"12\" "
                                        "fill=\"%2\"/>")
                             .arg(num(x), SvgChart::colour(s));
            text(x + 16, 20, name, QStringLiteral("start"), QStringLiteral("legend"));
        }
    }

    const ChartData &m_chart;
    int m_width;
    int m_height;
    Frame m_frame;
    double m_step = 1;
    double m_top = 1;
    QString m_svg;
};

} // namespace

QString SvgChart::colour(qsizetype index)
{
    return QString::fromLatin1(palette.at(std::size_t(index) % palette.size()));
}

QString SvgChart::render(const ChartData &chart, int width, int height)
{
    return Painter(chart, width, height).paint();
}

} // namespace mxscope
