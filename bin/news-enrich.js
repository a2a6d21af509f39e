#!/usr/bin/env node
// The executable: the CLI itself is built to dist/cli.js.
import '../dist/cli.js';
