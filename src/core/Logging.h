#pragma once

#include <QLoggingCategory>

// Developer logging, never mixed into the user's transcript (enable with QT_LOGGING_RULES).
Q_DECLARE_LOGGING_CATEGORY(lcSmtp)
Q_DECLARE_LOGGING_CATEGORY(lcTls)
Q_DECLARE_LOGGING_CATEGORY(lcDns)
Q_DECLARE_LOGGING_CATEGORY(lcTranscript)
