package dev.paramcount.kernel;

import dev.paramcount.kernel.execution.CodeEvaluator;
import dev.paramcount.kernel.magic.CellPart;
import dev.paramcount.kernel.magic.MagicCall;
import dev.paramcount.kernel.magic.Magics;

/** Runs a cell: its magics and its Java code, in the order they are written. */
final class CellRunner implements CellPart.Runner {
    private final CodeEvaluator evaluator;
    private final Magics magics;

    CellRunner(CodeEvaluator evaluator, Magics magics) {
        this.evaluator = evaluator;
        this.magics = magics;
    }

    /** @return the value of the cell's last snippet when that is an expression, else null */
    Object run(String cell) throws Exception {
        Object last = null;
        for (CellPart part : CellPart.parse(cell)) {
            last = part.runWith(this);
        }
        return last;
    }

    @Override
    public Object code(String code, int firstLine) throws Exception {
        return evaluator.eval(code, firstLine);
    }

    @Override
    public Object lineMagic(MagicCall call) throws Exception {
        magics.runLine(call);
        return null;
    }

    @Override
    public Object cellMagic(MagicCall call, String body) throws Exception {
        magics.runCell(call);
        return null;
    }
}
