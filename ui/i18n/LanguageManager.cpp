// SPDX-License-Identifier: GPL-3.0-or-later
// Part of mxscope, a mail-server security tester.
#include "i18n/LanguageManager.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLibraryInfo>
#include <QLocale>

namespace mxscope {

namespace {

QLocale localeOf(UiLanguage language)
{
    switch (language) {
    case UiLanguage::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case UiLanguage::Japanese:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    }
    return QLocale::c();
}

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent)
{ }

LanguageManager::~LanguageManager()
{
    uninstall();
}

UiLanguage LanguageManager::systemLanguage()
{
    return QLocale::system().language() == QLocale::Japanese ? UiLanguage::Japanese
                                                             : UiLanguage::English;
}

std::optional<UiLanguage> LanguageManager::fromCode(const QString &code)
{
    for (const UiLanguage language : available()) {
        if (code.compare(LanguageManager::code(language), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString LanguageManager::code(UiLanguage language)
{
    switch (language) {
    case UiLanguage::English:
        return QStringLiteral("en");
    case UiLanguage::Japanese:
        return QStringLiteral("ja");
    }
    return {};
}

QString LanguageManager::nativeName(UiLanguage language)
{
    // Deliberately untranslated: a reader must recognise their own language in any UI.
    switch (language) {
    case UiLanguage::English:
        return QStringLiteral("English");
    case UiLanguage::Japanese:
        return QStringLiteral("日本語");
    }
    return {};
}

bool LanguageManager::setLanguage(UiLanguage language)
{
    uninstall();
    const QString appCatalogue = QStringLiteral("mxscope_") + code(language);
    const bool found = m_appTranslator.load(appCatalogue, m_catalogueDirectory);
    // English needs no catalogue: the sources are English, its .qm only adds plural forms.
    const bool usable = found || language == UiLanguage::English;
    m_language = usable ? language : UiLanguage::English;
    if (found && usable)
        QCoreApplication::installTranslator(&m_appTranslator);
    // Qt's own texts (dialog buttons, context menus); absent without qt6-translations-l10n.
    if (m_language != UiLanguage::English
        && m_qtTranslator.load(localeOf(m_language), QStringLiteral("qtbase"), QStringLiteral("_"),
                               QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(&m_qtTranslator);
    }
    QLocale::setDefault(localeOf(m_language));
    // Widgets get LanguageChange as posted events; deliver them now so that every text has
    // been re-applied when this returns (no event loop is entered).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
    Q_EMIT languageChanged(m_language);
    return usable;
}

void LanguageManager::uninstall()
{
    QCoreApplication::removeTranslator(&m_appTranslator);
    QCoreApplication::removeTranslator(&m_qtTranslator);
}

} // namespace mxscope
