-- AlterTable
ALTER TABLE "CardState" ADD COLUMN     "learningStep" INTEGER,
ADD COLUMN     "stepDue" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "buryNewSiblings" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "buryReviewSiblings" BOOLEAN NOT NULL DEFAULT true,
ADD COLUMN     "easyInterval" INTEGER NOT NULL DEFAULT 4,
ADD COLUMN     "graduatingInterval" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "newSteps" TEXT NOT NULL DEFAULT '1m 10m',
ADD COLUMN     "relearnSteps" TEXT NOT NULL DEFAULT '10m',
ADD COLUMN     "scheduler" TEXT NOT NULL DEFAULT 'sm2';
