/// Module ReportDocuments; see README.md, "Architecture".
public enum ReportDocumentsModule {}
