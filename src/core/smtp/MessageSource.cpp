#include "core/smtp/MessageSource.h"
