// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#pragma once

#include <QObject>
#include <QTranslator>

#include <optional>

namespace mxscope {

enum class UiLanguage { English, Japanese };

// Switches the UI language at run time: installs the app catalogue (mxscope_<lang>.qm,
// embedded under :/i18n) and Qt's own (qtbase_<lang>.qm from the Qt translations
// directory). Installing a translator sends QEvent::LanguageChange to every widget, which
// re-applies its texts in retranslateUi().
//
//   LanguageManager languages;
//   languages.setLanguage(LanguageManager::systemLanguage());
class LanguageManager : public QObject
{
    Q_OBJECT

public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    static UiLanguage systemLanguage();
    static std::optional<UiLanguage> fromCode(const QString &code); // "en", "ja"
    static QString code(UiLanguage language);
    // The language's name in itself ("English", "日本語"), as language menus show it.
    static QString nativeName(UiLanguage language);
    static QList<UiLanguage> available() { return {UiLanguage::English, UiLanguage::Japanese}; }

    // Where the app catalogues are looked up; ":/i18n" unless a test points elsewhere.
    void setCatalogueDirectory(const QString &directory) { m_catalogueDirectory = directory; }
    UiLanguage language() const { return m_language; }
    // False when the app catalogue for language is missing; the UI then stays English.
    // Every widget has re-applied its texts when this returns.
    bool setLanguage(UiLanguage language);

Q_SIGNALS:
    void languageChanged(mxscope::UiLanguage language);

private:
    void uninstall();

    QString m_catalogueDirectory = QStringLiteral(":/i18n");
    QTranslator m_appTranslator;
    QTranslator m_qtTranslator;
    UiLanguage m_language = UiLanguage::English;
};

} // namespace mxscope
