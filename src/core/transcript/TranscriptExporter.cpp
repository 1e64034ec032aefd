#include "core/transcript/TranscriptExporter.h"
