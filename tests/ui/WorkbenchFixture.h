// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "audit/AuditCheck.h"
#include "checks/BannerCheck.h"
#include "i18n/LanguageManager.h"
#include "transcript/Transcript.h"
#include "window/MainWindow.h"
#include "workbench/TargetProfile.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <memory>

namespace mxscope::testing {

// A check for tests that drives the real banner check over a real socket, through the
// AuditCheck interface the runner uses: injected with AuditRunner::setCheckFactory, so the
// tests need nothing registered in the catalogue.
class BannerAuditCheck : public AuditCheck
{
public:
    BannerAuditCheck(const CheckContext &context, QObject *parent)
        : AuditCheck(QStringLiteral("banner-test"), context, parent)
    {
        outcomeForUpdate().title = QStringLiteral("Banner (test)");
    }

protected:
    void run() override
    {
        m_banner = new BannerCheck(context().target, context().transcript, this);
        connect(m_banner, &BannerCheck::findingAdded, this,
                [this](const Finding &finding) { addFinding(finding); });
        connect(m_banner, &BannerCheck::finished, this, [this] {
            reportProgress(1, 1, QStringLiteral("done"));
            ResultTable table;
            table.id = QStringLiteral("lines");
            table.title = QStringLiteral("Lines");
            table.columns = {QStringLiteral("Count")};
            table.rows = {{QString::number(context().transcript->entries().size())}};
            table.evidence = {0};
            outcomeForUpdate().tables = {table};
            ChartData chart;
            chart.id = QStringLiteral("findings");
            chart.title = QStringLiteral("Findings");
            chart.categories = {QStringLiteral("all")};
            chart.series = {{QStringLiteral("count"), {double(outcome().findings.size())}}};
            outcomeForUpdate().charts = {chart};
            finish(CheckStatus::Completed, QStringLiteral("Banner read."));
        });
        reportProgress(0, 1, QStringLiteral("connecting"));
        m_banner->start();
    }
    void stop() override
    {
        if (m_banner) {
            m_banner->disconnect(this); // the base reports the cancellation itself
            m_banner->cancel();
        }
    }

private:
    BannerCheck *m_banner = nullptr;
};

// Points the window's settings and run history at a temporary folder for the test's life.
class WorkbenchEnvironment
{
public:
    WorkbenchEnvironment()
        : m_oldSettings(qgetenv("MXSCOPE_SETTINGS"))
        , m_oldRunDirectory(qgetenv("MXSCOPE_RUN_DIR"))
    {
        qputenv("MXSCOPE_SETTINGS", settingsPath().toUtf8());
        qputenv("MXSCOPE_RUN_DIR", runDirectory().toUtf8());
    }
    ~WorkbenchEnvironment()
    {
        // Back to the test program's private folders (GuiTestMain), never the user's.
        qputenv("MXSCOPE_SETTINGS", m_oldSettings);
        qputenv("MXSCOPE_RUN_DIR", m_oldRunDirectory);
    }
    QString settingsPath() const { return dir.filePath(QStringLiteral("mxscope.ini")); }
    QString runDirectory() const { return dir.filePath(QStringLiteral("runs")); }

    QTemporaryDir dir;

private:
    QByteArray m_oldSettings;
    QByteArray m_oldRunDirectory;
};

inline AuditCheck *bannerFactory(const QString &, const CheckContext &context, QObject *parent)
{
    return new BannerAuditCheck(context, parent);
}

} // namespace mxscope::testing
