package io.jixiao.importer;

/** What a row of a target table became: an indicator, or a row written as a comment. */
sealed interface TableEntry permits ImportedIndicator, UnplacedRow {

    int line();
}
