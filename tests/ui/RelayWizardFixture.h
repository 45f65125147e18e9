// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include "wizard/RelayWizard.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace mxscope::testing {

// Check boxes and radio buttons react to clicks on their indicator or label, and a box
// stretched across the page has neither at its centre: click where the indicator is.
inline void clickToggle(QAbstractButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
}

// A shown relay wizard and the moves every wizard test makes: find a widget by its
// objectName, type into a field, press Next.
class RelayWizardFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        wizard = std::make_unique<RelayWizard>();
        wizard->show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(wizard.get()));
    }

    template<typename T> T *find(const char *name)
    {
        T *widget = wizard->findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    QAbstractButton *next() const { return wizard->button(QWizard::NextButton); }

    void clickNext()
    {
        ASSERT_TRUE(next()->isEnabled()) << "on page " << wizard->currentId();
        QTest::mouseClick(next(), Qt::LeftButton);
    }

    static void type(QLineEdit *field, const QString &text)
    {
        field->clear();
        QTest::keyClicks(field, text);
    }

    std::unique_ptr<RelayWizard> wizard;
};

} // namespace mxscope::testing
