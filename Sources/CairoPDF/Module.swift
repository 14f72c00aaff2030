/// Module CairoPDF; see README.md, "Architecture".
public enum CairoPDFModule {}
