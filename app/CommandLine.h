#pragma once
// Parses the command line before any QApplication exists (so headless modes
// can pick the offscreen platform or need no GUI at all) and validates every
// value. A bad option or value is exit code 2 with a one-line reason.

#include <QDate>
#include <QSize>
#include <QString>
#include <QStringList>

struct CommandLine
{
    enum class Mode { Gui, Export, Validate, Status, Events, Help, Version, Error };

    Mode mode = Mode::Gui;
    QString error;               // for Mode::Error
    QString helpText;

    QString dataDir;             // --data
    QStringList files;           // positional: extra layers / files to validate
    QDate date;                  // --date (invalid: today / saved)
    bool json = false;
    QString exportPath;
    QSize size{1600, 1000};
    QString view = QStringLiteral("all");
    QDate from, to;              // --events range
    QString flashpoint;          // --events --flashpoint

    static CommandLine parse(const QStringList &arguments);
};
