#!/usr/bin/env node
// Committed launcher, so npm links the bin even before `prepare` has built dist/.
import "../dist/cli.js";
