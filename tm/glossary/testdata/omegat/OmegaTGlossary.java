// OmegaTGlossary loads glossary files with OmegaT's own glossary code, as
// the OmegaT.jar of Debian's omegat package has it, and prints what OmegaT
// sees. It is compiled and run by the Go test omegat_test.go:
//
//   java -cp OmegaT.jar:DIR OmegaTGlossary PROJECT_DIR -langs SRC TGT FILE... [-langs SRC TGT FILE...]
//
// -langs sets the project's source and target languages (the TBX reader
// picks its terms by them). Each FILE goes through GlossaryManager's
// loadGlossaryFile, which chooses the reader by extension as OmegaT does
// for the files of a project's glossary folder (.tab, .txt, .utf8: TSV;
// .csv; .tbx; anything else is not loaded). Output, UTF-8, one record a
// line, fields tab-separated, with \, tab, CR and LF escaped as \\, \t, \r
// and \n:
//
//   file  PATH  N        N entries follow (-1: OmegaT does not load the file)
//   entry SOURCE  TARGET  COMMENT
//   error PATH  MESSAGE  OmegaT refused the file
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import org.omegat.core.Core;
import org.omegat.core.data.NotLoadedProject;
import org.omegat.core.data.ProjectProperties;
import org.omegat.gui.glossary.GlossaryEntry;
import org.omegat.gui.glossary.GlossaryManager;

public class OmegaTGlossary {
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\r", "\\r").replace("\n", "\\n");
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
        final ProjectProperties props = new ProjectProperties(new File(args[0]));
        Core.setProject(new NotLoadedProject() {
            @Override
            public ProjectProperties getProjectProperties() {
                return props;
            }
        });
        // GlossaryManager without its pane: only its file loading is used.
        GlossaryManager manager = new GlossaryManager(null);
        Field priority = GlossaryManager.class.getDeclaredField("priorityGlossary");
        priority.setAccessible(true);
        priority.set(manager, new File(args[0], "glossary.txt"));
        Method load = GlossaryManager.class.getDeclaredMethod("loadGlossaryFile", File.class);
        load.setAccessible(true);
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("-langs")) {
                props.setSourceLanguage(args[i + 1]);
                props.setTargetLanguage(args[i + 2]);
                i += 2;
                continue;
            }
            List<?> entries;
            try {
                entries = (List<?>) load.invoke(manager, new File(args[i]));
            } catch (InvocationTargetException e) {
                out.println("error\t" + esc(args[i]) + "\t" + esc(String.valueOf(e.getCause())));
                continue;
            }
            out.println("file\t" + esc(args[i]) + "\t" + (entries == null ? -1 : entries.size()));
            if (entries == null) {
                continue;
            }
            for (Object o : entries) {
                GlossaryEntry e = (GlossaryEntry) o;
                out.println("entry\t" + esc(e.getSrcText()) + "\t" + esc(e.getLocText()) + "\t" + esc(e.getCommentText()));
            }
        }
    }
}
