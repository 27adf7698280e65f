/**
 * Imports. Owns: `imports_idempotency`; the one streaming table reader (CSV, XLSX through POI's SAX event API, JSON
 * lines), the one import report (row, column, message; all rows or none), the template convention
 * (`…/import/template.csv` and `…/template.xlsx`: header row = column names and an example row; the XLSX has a 说明
 * sheet) and idempotency keys for every import (same key and body give the first result; decision 007). Publishes:
 * `TableReader`, `ImportReport`, `ImportTemplate`, `IdempotencyKeys`.
 *
 * <p>Allowed dependencies are declared here and verified by {@code ModularityTest}: a module that starts using
 * another module adds it to the list in the same commit (docs/architecture.md, "Module dependencies").
 */
@org.springframework.modulith.ApplicationModule(displayName = "Imports", allowedDependencies = { "common" })
package org.gongkai.imports;
